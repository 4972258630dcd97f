"""CSAFE (Communications Specification for Fitness Equipment) over RS-232.

The kiosk is the master; the cardio console is the slave that answers each frame
with its status byte and the data the Get… commands asked for.
"""
