// The dashboard's live feed: calls of this business as they start, take turns and end, over the
// /ws/live/ WebSocket (agent_worker/consumers.py LiveFeedConsumer). Each event is prepended to
// the "Live" list; a new real call bumps the call counters; an ended call refreshes the figures
// from the server (elements listed in REFRESH) after a short pause, so a burst of calls costs
// one reload. Other scripts can follow along: every event is re-dispatched on `document` as a
// "live:call" CustomEvent.
(function () {
  "use strict";

  const list = document.getElementById("live-feed");
  if (!list) return;
  const statusBadge = document.getElementById("live-status");
  const MAX_ITEMS = 50;
  const REFRESH = ["section.kpis", "#latency-table", "#outcome-table", "[data-live-refresh]"];
  const COUNTERS = ["calls-today", "calls-week", "calls-period"];
  const NO_RETRY = [4401, 4403]; // logged out, or not this business: reconnecting will not help
  const KIND_LABEL = { call_started: "Call started", turn: "Turn", call_ended: "Call ended" };

  let retryDelay = 1000;
  let refreshTimer = null;

  function setStatus(text, state) {
    if (!statusBadge) return;
    statusBadge.textContent = text;
    statusBadge.dataset.state = state;
  }

  function callUrl(callId) {
    return (list.dataset.callUrl || "/calls/") + callId + "/";
  }

  function describe(event) {
    if (event.kind === "turn" && event.turn) {
      const said = event.turn.user_text ? "Caller: “" + event.turn.user_text + "”" : "";
      const answered = event.turn.agent_text ? "Receptionist: “" + event.turn.agent_text + "”" : "";
      return [said, answered].filter(Boolean).join(" · ");
    }
    if (event.kind === "call_ended") {
      const outcome = (event.outcome || event.status || "").replace(/_/g, " ");
      const seconds = event.duration_seconds ? ", " + Math.round(event.duration_seconds) + " s" : "";
      return outcome + seconds;
    }
    return "from " + (event.caller_number || "an unknown number");
  }

  function prepend(event) {
    const li = document.createElement("li");
    li.className = "live-item " + event.kind;
    const time = document.createElement("time");
    time.dateTime = event.at;
    time.textContent = new Date(event.at).toLocaleTimeString();
    const link = document.createElement("a");
    link.href = callUrl(event.call_id);
    link.textContent = KIND_LABEL[event.kind] || event.kind;
    const text = document.createElement("span");
    text.className = "live-text";
    text.textContent = describe(event);
    li.append(time, " ", link, " ", text);
    if (event.is_test) {
      const badge = document.createElement("span");
      badge.className = "badge";
      badge.textContent = "test";
      li.append(" ", badge);
    }
    const empty = list.querySelector(".live-empty");
    if (empty) empty.remove();
    list.prepend(li);
    while (list.children.length > MAX_ITEMS) list.lastElementChild.remove();
  }

  function bumpCounters() {
    for (const id of COUNTERS) {
      const el = document.getElementById(id);
      const n = el ? parseInt(el.textContent.replace(/[^0-9]/g, ""), 10) : NaN;
      if (!Number.isNaN(n)) el.textContent = String(n + 1);
    }
  }

  function refreshSoon() {
    clearTimeout(refreshTimer);
    refreshTimer = setTimeout(async function () {
      try {
        const response = await fetch(location.href, { credentials: "same-origin" });
        if (!response.ok) return;
        const page = new DOMParser().parseFromString(await response.text(), "text/html");
        for (const selector of REFRESH) {
          const fresh = page.querySelectorAll(selector);
          document.querySelectorAll(selector).forEach(function (el, i) {
            if (fresh[i]) el.innerHTML = fresh[i].innerHTML;
          });
        }
        const data = page.getElementById("dashboard-data");
        const mine = document.getElementById("dashboard-data");
        if (data && mine) mine.textContent = data.textContent;
        document.dispatchEvent(new CustomEvent("live:refreshed"));
      } catch (e) { /* the next event tries again */ }
    }, 1500);
  }

  function onEvent(event) {
    prepend(event);
    if (event.kind === "call_started" && !event.is_test) bumpCounters();
    if (event.kind === "call_ended") refreshSoon();
    document.dispatchEvent(new CustomEvent("live:call", { detail: event }));
  }

  function connect() {
    const scheme = location.protocol === "https:" ? "wss://" : "ws://";
    const ws = new WebSocket(scheme + location.host + "/ws/live/");
    setStatus("connecting…", "connecting");
    ws.onopen = function () { retryDelay = 1000; setStatus("live", "open"); };
    ws.onmessage = function (message) {
      let data;
      try { data = JSON.parse(message.data); } catch (e) { return; }
      if (data.type === "call") onEvent(data);
    };
    ws.onclose = function (event) {
      if (NO_RETRY.includes(event.code)) { setStatus("offline (log in again)", "closed"); return; }
      setStatus("reconnecting…", "connecting");
      setTimeout(connect, retryDelay);
      retryDelay = Math.min(retryDelay * 2, 30000);
    };
  }

  connect();
})();
