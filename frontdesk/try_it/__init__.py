"""Try it: the owner calls their own receptionist from the browser (page, socket, call)."""
