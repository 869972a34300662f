// Suggest an address from the business name, and the browser's own time zone, until the owner
// edits them; the server validates both again. A static file so the page's Content Security
// Policy can refuse every inline script.
(function () {
  var form = document.getElementById("signup-form");
  var name = document.getElementById("id_business_name");
  var sub = document.getElementById("id_subdomain");
  var tz = document.getElementById("id_timezone");
  if (!form || !name || !sub || !tz) return;
  var touched = sub.value !== "";
  sub.addEventListener("input", function () { touched = true; });
  function suggest() {
    if (touched) return;
    sub.value = name.value.toLowerCase().normalize("NFKD").replace(/[\u0300-\u036f]/g, "")
      .replace(/&/g, "and").replace(/[^a-z0-9]+/g, "-").replace(/^[^a-z]+/, "")
      .replace(/-+$/, "").slice(0, 48);
  }
  name.addEventListener("input", suggest);
  // a name typed (or restored by the browser) before this script ran still gets its address
  if (name.value !== "") suggest();
  if (form.dataset.bound !== "true") {
    try {
      var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
      if (zone && tz.querySelector('option[value="' + zone + '"]')) tz.value = zone;
    } catch (e) { /* keep the default */ }
  }
})();
