"""Boditrax: a hub-side destination for members' body-composition results, linked through login handlers.

The hub hosts Boditrax's login handlers (auth-code and member-info endpoints), which give
Boditrax a linked account whose secret the hub mints; the hub then gets 30-minute member tokens
with the Linked Account grant, without the member. Kept empty of imports on purpose: the registry
imports ``platform.py`` into every kiosk process. See docs/platforms/boditrax.md.
"""
