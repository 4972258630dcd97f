"""enduco: members link their enduco account, and finished cardio workouts go there as FIT activity files.

Known (enduco's integration article, seed 002): the hosts; ``GET /oauth2/authorize`` with
space-delimited scopes; ``POST /oauth2/token`` with HTTP Basic client authentication and the
grant type spelled ``code`` (not ``authorization_code``); refresh on the same endpoint with a
camelCase ``clientId`` in the body; ``POST /oauth2/revoke`` with ``token_type_hint``; tokens that
last about two hours; the scopes ``workouts_write``, ``plans_read`` and ``user_read``.

Not public, and therefore configuration with a default (see docs/platforms/enduco.md): the
upload path and its multipart field name, and whether enduco accepts the PKCE parameters the
hub sends. enduco has no idempotency key and no documented way to list uploaded workouts, so a
workout whose reply was lost is "uncertain" for a trainer (:mod:`kiosk.cloud.enduco.integration`).
"""
