"""TENANT schema: the business's team: each login's role (owner, front desk), the invitations
owners send, and which role may open which portal page and socket."""
