-- ProConnect sign-in (issue 12, part 9): a session opened through the identity provider keeps the provider's
-- logout address (end_session_endpoint with the id_token_hint, state and post_logout_redirect_uri), so that
-- logout on any replica also ends the agent's ProConnect session. Deleted with the session.
ALTER TABLE user_session ADD COLUMN logout_url TEXT NULL;
