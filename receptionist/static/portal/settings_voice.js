// The voice page's Listen button: plays the greeting in the voice chosen in the select (the
// audio element's data-url renders it), before the owner saves it.
(function () {
  var button = document.getElementById("voice-preview-button");
  var select = document.getElementById("id_voice");
  var audio = document.getElementById("voice-preview");
  var status = document.getElementById("voice-preview-status");
  if (!button || !select || !audio || !status) return;
  var sample = status.textContent;
  button.addEventListener("click", function () {
    status.textContent = "Rendering the sample…";
    audio.hidden = false;
    audio.src = audio.dataset.url + "?voice=" + encodeURIComponent(select.value);
    audio.play().then(function () { status.textContent = sample; }).catch(function () {
      status.textContent = "The sample could not be played; try again in a moment.";
    });
  });
})();
