"""The ``gym-kiosk`` command (:mod:`gym_kiosk.cli`), the top layer: it starts the kiosk, its demo,
a support command, the sandbox, the benchmark or the chaos run.
"""
