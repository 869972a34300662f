"""The owner's settings pages are portal pages: the portal's logged-in clients serve here too."""

from tests.portal.conftest import (  # noqa: F401
    anonymous_dental,
    dental_client,
    law_client,
    public_client,
)
