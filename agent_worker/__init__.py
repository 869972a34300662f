"""The LiveKit agent worker: entrypoint, call session, the receptionist Agent and its call flows,
turn taking, phrase book and simulator. No models of its own (its old tables now belong to
`frontdesk`); it never imports the owner's pages."""
