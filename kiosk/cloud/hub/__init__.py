"""The hub as seen from the kiosk: the wire format both programs speak."""
