/* Draws the dashboard's charts from the JSON block the page carries (id "dashboard-data").
   Chart.js 4 is served from our own static files (vendor/chart.umd.min.js). */
(function () {
  "use strict";

  var source = document.getElementById("dashboard-data");
  if (!source || typeof window.Chart === "undefined") {
    return;
  }
  var data = JSON.parse(source.textContent);
  var css = getComputedStyle(document.documentElement);
  function color(name, fallback) {
    var value = css.getPropertyValue(name).trim();
    return value || fallback;
  }
  var accent = color("--accent", "#2454d6");
  var ok = color("--ok", "#1c7c4a");
  var warn = color("--warn", "#8a5a00");
  var error = color("--error", "#b3261e");
  var muted = color("--muted", "#5d6677");
  var palette = [ok, "#3aa675", accent, "#7aa0f0", error, warn, "#b8bfcc"];

  Chart.defaults.font.family = getComputedStyle(document.body).fontFamily;
  Chart.defaults.color = muted;
  Chart.defaults.maintainAspectRatio = false;
  Chart.defaults.animation = false;

  function draw(id, config) {
    var canvas = document.getElementById(id);
    if (canvas) {
      new Chart(canvas, config);
    }
  }

  function shortDay(iso) {
    var parts = iso.split("-");
    return parts[2] + "/" + parts[1];
  }
  var days = data.days.map(shortDay);

  draw("chart-calls", {
    type: "bar",
    data: {
      labels: days,
      datasets: [
        { label: "Answered", data: data.answered, backgroundColor: ok, stack: "calls" },
        { label: "Rejected", data: data.rejected, backgroundColor: error, stack: "calls" },
        {
          label: "Revenue estimate ($)", data: data.revenue, type: "line", yAxisID: "money",
          borderColor: accent, backgroundColor: accent, pointRadius: 0, tension: 0.25
        }
      ]
    },
    options: {
      interaction: { mode: "index", intersect: false },
      scales: {
        x: { stacked: true },
        y: { stacked: true, beginAtZero: true, title: { display: true, text: "calls" } },
        money: { position: "right", beginAtZero: true, grid: { drawOnChartArea: false },
                 title: { display: true, text: "$" } }
      }
    }
  });

  function doughnut(id, part, colors) {
    draw(id, {
      type: "doughnut",
      data: {
        labels: part.labels,
        datasets: [{ data: part.values, backgroundColor: colors }]
      },
      options: { plugins: { legend: { position: "right" } } }
    });
  }
  doughnut("chart-outcomes", data.outcomes, palette);
  doughnut("chart-sentiment", data.sentiments, ["#b8bfcc", ok, "#7aa0f0", error]);

  draw("chart-providers", {
    type: "bar",
    data: {
      labels: data.providers.labels,
      datasets: [
        { label: "Call flow (no model)", data: data.providers.code, backgroundColor: "#5bb5a2" },
        { label: "Local", data: data.providers.local, backgroundColor: ok },
        { label: "Cloud", data: data.providers.cloud, backgroundColor: accent },
        { label: "Not recorded", data: data.providers.unrecorded, backgroundColor: "#b8bfcc" }
      ]
    },
    options: {
      indexAxis: "y",
      scales: { x: { stacked: true, beginAtZero: true, title: { display: true, text: "turns" } },
                y: { stacked: true } }
    }
  });

  draw("chart-latency", {
    type: "bar",
    data: {
      labels: data.latency.labels,
      datasets: [
        { label: "p50", data: data.latency.p50, backgroundColor: accent },
        { label: "p95", data: data.latency.p95, backgroundColor: warn }
      ]
    },
    options: { scales: { y: { beginAtZero: true, title: { display: true, text: "ms" } } } }
  });

  var lat = data.latency_days;
  function line(label, values, colour, dashed) {
    return { label: label, data: values, borderColor: colour, backgroundColor: colour,
             borderDash: dashed ? [5, 4] : [], pointRadius: 2, spanGaps: true, tension: 0.2 };
  }
  draw("chart-latency-days", {
    type: "line",
    data: {
      labels: days,
      datasets: [
        line("End to end p50", lat.p50_total, accent, false),
        line("End to end p95", lat.p95_total, error, false),
        line("STT p50", lat.p50_stt, ok, true),
        line("LLM p50", lat.p50_llm, warn, true),
        line("TTS p50", lat.p50_tts, muted, true)
      ]
    },
    options: {
      interaction: { mode: "index", intersect: false },
      scales: { y: { beginAtZero: true, title: { display: true, text: "ms" } } }
    }
  });
})();
