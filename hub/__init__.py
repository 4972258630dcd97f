"""The hub: our partner backend. Kiosks talk to it; it alone holds the platforms' secrets and calls them."""
