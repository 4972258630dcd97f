"""Durable, per-destination delivery of captured measurements."""
