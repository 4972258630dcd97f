"""EGYM's Equipment Vendor API "for standalone clients": the kiosk as a machine on the gym floor.

Selected by ``flavour = "standalone"`` in ``[egym]``. It sits behind the same
:class:`~kiosk.cloud.egym.integration.EgymIntegration` as the server flavour and shares its
errors, call loop, retries, pacing and metric types; only what differs lives here:
``Authorization: Basic`` partner credentials, form-encoded snake_case token requests carrying
``serial_number`` and ``machine_type``, snake_case token answers, ``ApiErrorResponseDTO``
errors with ``errorCode``, unwrapped user details, and the login rate limit (10 per second
per client id, kept client-side by :class:`~kiosk.cloud.egym.standalone.login_limit.LoginRateLimit`).

Spec quirks, and how they are coded around:

- The description spells ``/api/v1/ressources/terms-and-conditions``; ``paths`` has
  ``resources``. The kiosk calls ``resources`` (:data:`client.TERMS_PATH`).
- The description shows the T&C acceptance as a JSON body ``locale=en_US``; the operation
  declares ``locale`` as a query parameter and no body. The kiosk sends the query parameter
  and no body.
- POST measurement ``data`` keys are not specified (an old seed posts ``weight``; GET returns
  ``WEIGHT_KG``): the mapping is configuration, ``[egym.metrics.<kind>]``.
- ``configurationIndex`` is a string in the server flavour and an int32 here; the examples
  flatten ``configuration_index=2`` and ``issuer_id=…`` into the form. The kiosk sends the
  flattened form and refuses locally a configured index that is not a whole number.
- The grant type is UPPERCASE in the enum, lowercase in the examples: ``grant_spelling``.
- The ``partner`` security scheme is declared as OAuth2 client credentials, yet there is no
  such grant: the client id and secret travel as HTTP Basic.
"""
