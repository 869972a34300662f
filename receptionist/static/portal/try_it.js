// "Try it": a test call with the business's receptionist from this browser.
// Microphone -> AudioWorklet (16-bit PCM, 20 ms) -> WebSocket /ws/try/ -> the same agent session
// a phone call gets; the agent's PCM comes back in segments and is played with Web Audio; the
// transcript is shown as it happens. Protocol: agent_worker/browser_call.py.
(function () {
  "use strict";

  const root = document.getElementById("try-it");
  if (!root) return;
  const startButton = document.getElementById("try-start");
  const hangupButton = document.getElementById("try-hangup");
  const statusLine = document.getElementById("try-status");
  const transcript = document.getElementById("try-transcript");
  const result = document.getElementById("try-result");

  const CLOSE_REASONS = {
    4401: "You are logged out. Log in again and reload this page.",
    4403: "This address is not one of your businesses.",
    4400: "The connection was closed after too many malformed messages.",
  };
  const RATES = [8000, 16000, 22050, 24000, 32000, 44100, 48000]; // what the server resamples from
  const STATES = { listening: "Listening…", thinking: "Thinking…", speaking: "Speaking…",
                   initializing: "Connecting…", idle: "Connected." };

  let ws = null;
  let ctx = null;
  let stream = null;
  let capture = null; // AudioWorkletNode or ScriptProcessorNode
  let outputRate = 24000;
  let acceptedRates = [];
  let lastError = "";
  let ended = false;

  // --- playback: segments of agent speech, scheduled back to back ---------------------------
  let playhead = 0;
  let current = null; // the segment being received
  const segments = new Map(); // id -> {pending, ended, sources}

  function status(text) { statusLine.textContent = text; }

  function segmentDone(segment) {
    if (segment.ended && segment.pending === 0 && segments.has(segment.id)) {
      segments.delete(segment.id);
      send({ type: "played", segment: segment.id });
    }
  }

  function playChunk(buffer) {
    if (!ctx || !current) return;
    const pcm = new Int16Array(buffer);
    if (!pcm.length) return;
    const samples = new Float32Array(pcm.length);
    for (let i = 0; i < pcm.length; i++) samples[i] = pcm[i] / 32768;
    const audio = ctx.createBuffer(1, samples.length, outputRate);
    audio.copyToChannel(samples, 0);
    const source = ctx.createBufferSource();
    source.buffer = audio;
    source.connect(ctx.destination);
    const at = Math.max(ctx.currentTime + 0.06, playhead); // a little lead absorbs jitter
    source.start(at);
    playhead = at + audio.duration;
    const segment = current;
    segment.pending += 1;
    segment.sources.add(source);
    source.onended = function () {
      segment.sources.delete(source);
      segment.pending -= 1;
      segmentDone(segment);
    };
  }

  function clearPlayback() {
    for (const segment of segments.values()) {
      for (const source of segment.sources) {
        source.onended = null;
        try { source.stop(); } catch (e) { /* already stopped */ }
      }
    }
    segments.clear();
    current = null;
    playhead = 0;
  }

  // --- transcript -----------------------------------------------------------------------------
  const partial = { user: null, agent: null };

  function line(role) {
    if (!partial[role]) {
      const li = document.createElement("li");
      li.className = "try-line " + role + " partial";
      const who = document.createElement("span");
      who.className = "who";
      who.textContent = role === "user" ? "You" : "Receptionist";
      const text = document.createElement("span");
      text.className = "text";
      li.append(who, text);
      transcript.append(li);
      partial[role] = li;
    }
    return partial[role];
  }

  function showTranscript(event) {
    const role = event.role === "user" ? "user" : "agent";
    const li = line(role);
    const text = li.querySelector(".text");
    if (event.final) {
      text.textContent = event.text;
      li.classList.remove("partial");
      if (event.interrupted) li.classList.add("interrupted");
      partial[role] = null;
    } else if (role === "agent") {
      text.textContent += event.text; // deltas, as the words are generated
    } else {
      text.textContent = event.text; // what was heard so far
    }
    li.scrollIntoView({ block: "nearest" });
  }

  // --- the socket -------------------------------------------------------------------------------
  function send(message) {
    if (ws && ws.readyState === WebSocket.OPEN) ws.send(JSON.stringify(message));
  }

  function onMessage(event) {
    if (typeof event.data !== "string") { playChunk(event.data); return; }
    let message;
    try { message = JSON.parse(event.data); } catch (e) { return; }
    switch (message.type) {
      case "hello":
        outputRate = message.output_sample_rate;
        acceptedRates = message.input_sample_rates;
        if (!acceptedRates.includes(ctx.sampleRate)) {
          lastError = "This browser records at " + ctx.sampleRate + " Hz, which the server does not take.";
          ws.close();
          return;
        }
        send({ type: "start", sample_rate: ctx.sampleRate });
        status("Calling…");
        break;
      case "started":
        status("Connected. Say hello!");
        hangupButton.disabled = false;
        break;
      case "segment_start":
        current = { id: message.segment, pending: 0, ended: false, sources: new Set() };
        segments.set(current.id, current);
        break;
      case "segment_end": {
        const segment = segments.get(message.segment);
        if (segment) { segment.ended = true; segmentDone(segment); }
        if (current && current.id === message.segment) current = null;
        break;
      }
      case "clear":
        clearPlayback();
        break;
      case "transcript":
        showTranscript(message);
        break;
      case "state":
        if (message.agent && STATES[message.agent]) status(STATES[message.agent]);
        break;
      case "ended": {
        ended = true;
        result.hidden = false;
        result.textContent = "Call ended (" + (message.outcome || message.status).replace("_", " ") + "). ";
        const link = document.createElement("a");
        link.href = message.url || root.dataset.callUrl + message.call_id + "/";
        link.textContent = "See it in your calls";
        result.append(link);
        break;
      }
      case "error":
        lastError = message.message;
        status(message.message);
        break;
    }
  }

  function onClose(event) {
    stopMicrophone();
    startButton.disabled = false;
    hangupButton.disabled = true;
    if (!ended) status(CLOSE_REASONS[event.code] || lastError || "The call was disconnected.");
    else status("Call ended.");
    ws = null;
  }

  // --- the microphone ---------------------------------------------------------------------------
  async function openAudio() {
    // created inside the click, before any await, so the browser lets it play
    ctx = new AudioContext();
    if (!RATES.includes(ctx.sampleRate)) { ctx.close(); ctx = new AudioContext({ sampleRate: 48000 }); }
    ctx.resume();
    if (!navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) {
      throw new Error("this page must be served over https (or from localhost) to use the microphone");
    }
    stream = await navigator.mediaDevices.getUserMedia({
      audio: { channelCount: 1, echoCancellation: true, noiseSuppression: true, autoGainControl: true },
    });
    const source = ctx.createMediaStreamSource(stream);
    const chunk = function (buffer) {
      if (ws && ws.readyState === WebSocket.OPEN) ws.send(buffer);
    };
    if (ctx.audioWorklet) {
      await ctx.audioWorklet.addModule(root.dataset.worklet);
      capture = new AudioWorkletNode(ctx, "pcm-capture");
      capture.port.onmessage = function (e) { chunk(e.data); };
      source.connect(capture);
    } else { // older browsers: the deprecated ScriptProcessor does the same on the main thread
      capture = ctx.createScriptProcessor(4096, 1, 1);
      capture.onaudioprocess = function (e) {
        const input = e.inputBuffer.getChannelData(0);
        const step = Math.round(ctx.sampleRate / 50);
        for (let start = 0; start < input.length; start += step) {
          const part = input.subarray(start, Math.min(start + step, input.length));
          const pcm = new Int16Array(part.length);
          for (let i = 0; i < part.length; i++) {
            const s = Math.max(-1, Math.min(1, part[i]));
            pcm[i] = s < 0 ? s * 0x8000 : s * 0x7fff;
          }
          chunk(pcm.buffer);
        }
      };
      source.connect(capture);
      capture.connect(ctx.destination); // a ScriptProcessor only runs when connected
    }
  }

  function stopMicrophone() {
    if (capture) { capture.disconnect(); capture = null; }
    if (stream) { stream.getTracks().forEach(function (t) { t.stop(); }); stream = null; }
    clearPlayback();
    if (ctx) { ctx.close(); ctx = null; }
  }

  async function start() {
    startButton.disabled = true;
    result.hidden = true;
    result.textContent = "";
    transcript.replaceChildren();
    partial.user = partial.agent = null;
    lastError = "";
    ended = false;
    status("Asking for the microphone…");
    try {
      await openAudio();
    } catch (e) {
      stopMicrophone();
      status("No microphone: " + (e && e.message ? e.message : e) + ". Allow microphone access and try again.");
      startButton.disabled = false;
      return;
    }
    const scheme = location.protocol === "https:" ? "wss://" : "ws://";
    ws = new WebSocket(scheme + location.host + root.dataset.wsPath);
    ws.binaryType = "arraybuffer";
    ws.onmessage = onMessage;
    ws.onclose = onClose;
    status("Connecting…");
  }

  startButton.addEventListener("click", start);
  hangupButton.addEventListener("click", function () {
    hangupButton.disabled = true;
    status("Hanging up…");
    send({ type: "hangup" });
  });
  window.addEventListener("beforeunload", function () { if (ws) ws.close(); });
})();
