"""enduco's stand-in for tests, the demo and installers without credentials (:mod:`.emulation`)."""
