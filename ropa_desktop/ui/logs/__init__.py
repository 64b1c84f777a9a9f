"""The two day-to-day logs beside the wizard: the requests log and the breach register.

Each is a window of its own (``LogWindow``) opened from the "Logs" menu: a table of entries on top, the
chosen entry's form below, and the letters it calls for.  They edit the register through the editing
controller like every step page does.
"""
