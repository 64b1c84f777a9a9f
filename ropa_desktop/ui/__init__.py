"""The desktop app (PySide6 widgets): a guided wizard over one register file.

The UI only calls the core; every visible string goes through Qt's translations
(``i18n/ropa_desktop_<lang>.ts``, compiled to ``.qm``).
"""
