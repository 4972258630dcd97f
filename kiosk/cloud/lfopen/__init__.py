"""Life Fitness LFopen (LFconnect Web API): a hub-side destination for members' cardio results.

Members link their LFconnect account by the OAuth authorization code flow (the hub runs it);
results go in as manual cardio workouts. Kept empty of imports on purpose: the registry imports
``platform.py`` into every kiosk process, and that must not pull in authlib or the client.
See docs/platforms/lfopen.md.
"""
