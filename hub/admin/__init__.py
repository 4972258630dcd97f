"""The hub's admin pages: the fleet of kiosks, revoking one, enrolment codes; behind an argon2 password login."""
