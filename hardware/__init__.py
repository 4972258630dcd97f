"""Device protocols, transports and simulators. No Qt and no cloud in here."""
