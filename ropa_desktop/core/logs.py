"""The day-to-day logs: data subjects' requests and personal data breaches.

The records themselves are ``model.Request`` and ``model.Breach``; this module holds
the rules on them (due dates, the 72-hour clock, statuses), Qt-free.
"""

from __future__ import annotations
