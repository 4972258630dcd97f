"""Support commands: ``gym-kiosk check``, ``devices`` and ``diagnostics``, and the installer's setup form."""
