// Settings pages: "Add a row" for the editable lists (services, questions and answers).
// A <template data-row-template="PREFIX"> holds the formset's empty row with __prefix__ in its
// names; each click appends a copy numbered after the last row and counts it in TOTAL_FORMS.
(function () {
  document.querySelectorAll("[data-add-row]").forEach(function (button) {
    var prefix = button.getAttribute("data-add-row");
    var template = document.querySelector('template[data-row-template="' + prefix + '"]');
    var total = document.getElementById("id_" + prefix + "-TOTAL_FORMS");
    var body = document.getElementById(prefix + "-rows");
    if (!template || !total || !body) return;
    button.hidden = false;
    button.addEventListener("click", function () {
      var index = parseInt(total.value, 10);
      var html = template.innerHTML.replace(/__prefix__/g, String(index));
      body.insertAdjacentHTML("beforeend", html);
      total.value = String(index + 1);
      var first = body.lastElementChild.querySelector("input, textarea");
      if (first) first.focus();
    });
  });
})();
