"""The harness: drives a kiosk with no member in front of it - demo, autoplay, chaos run, benchmark.

It sits above ``ui`` (the demo and the benchmark run the Qt kiosk); nothing in hardware, kiosk or ui imports it.
"""
