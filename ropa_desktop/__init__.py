"""ROPA Desktop: records of processing activities (GDPR Art. 30) for small companies."""

__version__ = "0.1.0"
