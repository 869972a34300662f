"""TENANT schema: how this business's receptionist is set up (greeting, hours, services, FAQ,
transfer, voice, booking rules), the owner's pages for it, Try it and voice cloning; and the one
call configuration object (`frontdesk.call_config`) every call runs on."""
