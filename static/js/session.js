// Guided session: the timer, its sounds and, in hands-free mode, the voice and the automatic
// move to the next side. The server stores when a step started and how long it was paused; this
// script only redraws the countdown from those facts, so throttled background tabs, reloads and
// second tabs all show the same time. What the voice says is built by the server (sessions/voice.py).
(function () {
  "use strict";

  const speech = "speechSynthesis" in window ? window.speechSynthesis : null;
  const AudioContextClass = window.AudioContext || window.webkitAudioContext;
  let audio = null;
  let wakeLock = null;
  let tickHandle = null;
  let retryHandle = null;
  let advancing = null; // the step an automatic Next was sent for, until the answer comes
  const memory = new Set();

  function storage(kind) {
    try {
      return window[kind];
    } catch (error) {
      return null; // storage blocked: the in-page memory still stops repeats in this page
    }
  }

  // True the first time for `key` in this tab, even across reloads: nothing is said twice.
  function once(key) {
    const store = storage("sessionStorage");
    const id = "acupressure-said:" + key;
    if (memory.has(id) || (store && store.getItem(id))) return false;
    memory.add(id);
    if (store) store.setItem(id, "1");
    return true;
  }

  function preference(name, fallback) {
    const store = storage("localStorage");
    return (store && store.getItem("acupressure-" + name)) || fallback;
  }

  function setPreference(name, value) {
    const store = storage("localStorage");
    if (store) store.setItem("acupressure-" + name, value);
  }

  function formatSeconds(total) {
    return Math.floor(total / 60) + ":" + String(total % 60).padStart(2, "0");
  }

  // --- Sound -------------------------------------------------------------------------------
  // Browsers only let sound start from a user's gesture: any first tap or key on the page.

  function unlockSound() {
    if (AudioContextClass) {
      audio = audio || new AudioContextClass();
      if (audio.state === "suspended") audio.resume().then(showSoundStatus, showSoundStatus);
    }
    showSoundStatus();
  }

  function soundOn() {
    return Boolean(audio && audio.state === "running");
  }

  function showSoundStatus() {
    const status = document.querySelector("[data-sound-status]");
    if (!status) return;
    if (!AudioContextClass) status.textContent = "This browser cannot play sounds: watch the timer.";
    status.hidden = soundOn();
  }

  function tone(frequency, delay, length, volume) {
    if (!soundOn()) return;
    const start = audio.currentTime + delay;
    const oscillator = audio.createOscillator();
    const gain = audio.createGain();
    oscillator.type = "sine";
    oscillator.frequency.value = frequency;
    gain.gain.setValueAtTime(0.0001, start);
    gain.gain.exponentialRampToValueAtTime(volume, start + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, start + length);
    oscillator.connect(gain).connect(audio.destination);
    oscillator.start(start);
    oscillator.stop(start + length);
  }

  // Pressing begins: one short high note.
  function startSignal() {
    tone(880, 0, 0.35, 0.25);
    if (navigator.vibrate) navigator.vibrate(150);
  }

  // A side is done: three rising bell notes, twice, unlike any other signal.
  function doneSignal(gentle) {
    const volume = gentle ? 0.08 : 0.3;
    [0, 1].forEach(function (round) {
      [523.25, 659.25, 783.99].forEach(function (frequency, index) {
        tone(frequency, round * 1.1 + index * 0.22, 0.9, volume);
      });
    });
    if (!gentle && navigator.vibrate) navigator.vibrate([300, 150, 300, 150, 600]);
  }

  // --- Voice -------------------------------------------------------------------------------

  function voiceOn(page) {
    return Boolean(speech && page && page.hasAttribute("data-hands-free") &&
      preference("voice-muted", "0") !== "1");
  }

  function pickVoice() {
    const language = (document.documentElement.lang || "en").toLowerCase();
    const voices = speech.getVoices().filter(function (voice) {
      return voice.lang.toLowerCase().startsWith(language);
    });
    return voices.find(function (voice) { return voice.localService; }) || voices[0] || null;
  }

  function speak(page, text) {
    if (!text || !voiceOn(page)) return;
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.lang = document.documentElement.lang || "en";
    const voice = pickVoice();
    if (voice) utterance.voice = voice;
    utterance.rate = Number(preference("voice-rate", "1")) || 1;
    speech.speak(utterance);
  }

  // Say it aloud in hands-free mode, else to screen readers (not both: one voice at a time).
  function announce(page, region, text) {
    if (voiceOn(page)) speak(page, text);
    else if (region) region.textContent = text;
  }

  function setUpVoiceControls(page) {
    const controls = page.querySelector("[data-voice-controls]");
    if (!controls) return;
    controls.hidden = !(speech && page.hasAttribute("data-hands-free"));
    const mute = controls.querySelector("[data-mute]");
    const rate = controls.querySelector("[data-voice-rate]");
    const draw = function () {
      const muted = preference("voice-muted", "0") === "1";
      mute.setAttribute("aria-pressed", String(muted));
      mute.textContent = muted ? "Voice muted: tap to unmute" : "Mute the voice";
    };
    draw();
    rate.value = preference("voice-rate", "1");
    if (controls.dataset.bound) return; // set up again on each redraw, bound once
    controls.dataset.bound = "1";
    mute.addEventListener("click", function () {
      const muted = preference("voice-muted", "0") !== "1";
      setPreference("voice-muted", muted ? "1" : "0");
      if (muted && speech) speech.cancel();
      draw();
    });
    rate.addEventListener("change", function () { setPreference("voice-rate", rate.value); });
  }

  // --- Wake lock ---------------------------------------------------------------------------

  async function keepAwake() {
    if (!("wakeLock" in navigator) || document.visibilityState !== "visible") return;
    if (wakeLock && !wakeLock.released) return;
    try {
      wakeLock = await navigator.wakeLock.request("screen");
    } catch (error) {
      wakeLock = null; // Not allowed here (e.g. plain HTTP or battery saver): the timer still works.
    }
  }

  // --- The step ----------------------------------------------------------------------------

  function cuesOf(page) {
    const script = page.querySelector("#step-cues");
    return script ? JSON.parse(script.textContent) : {};
  }

  function advance(page) {
    const button = page.querySelector("[data-advance-button]");
    const box = page.querySelector("[data-timer]");
    if (!button || !box || advancing === box.dataset.position) return;
    advancing = box.dataset.position;
    button.click();
  }

  function markDone(page, box, phase) {
    page.classList.add("is-done");
    box.classList.add("timer-done");
    phase.textContent = "Time is up on this side.";
    const next = page.querySelector("[data-next-button]");
    if (next) {
      next.textContent = "Next: " + page.dataset.nextLabel;
      next.classList.remove("button-secondary");
      next.setAttribute("data-primary", "");
    }
  }

  function setUp(stage) {
    if (tickHandle) {
      clearInterval(tickHandle);
      tickHandle = null;
    }
    const finish = stage.querySelector("[data-finish]");
    if (finish) {
      // Hands-free ends by asking how it is now.
      if (finish.hasAttribute("data-hands-free") && once(finish.dataset.session + ":finish")) {
        speak(finish, finish.dataset.say);
      }
      return;
    }
    const page = stage.querySelector("[data-session-running]");
    const box = page && page.querySelector("[data-timer]");
    if (!box) return;
    keepAwake();
    showSoundStatus();
    setUpVoiceControls(page);
    const handsFree = page.hasAttribute("data-hands-free");
    const cues = cuesOf(page);
    const key = page.dataset.session + ":" + box.dataset.position + ":";
    const state = box.dataset.state;
    if (state === "done") {
      markDone(page, box, box.querySelector("[data-timer-phase]"));
      if (handsFree) advance(page); // e.g. reloaded just as the time ran out
    }
    if (state !== "running" && state !== "done") return;

    const display = box.querySelector("[data-timer-display]");
    const phase = box.querySelector("[data-timer-phase]");
    const region = box.querySelector("[data-timer-announce]");
    const startedAt = Number(box.dataset.startedAt);
    const pausedSeconds = Number(box.dataset.pausedSeconds);
    const duration = Number(box.dataset.duration);
    const readyTotal = Number(box.dataset.readyTotal);
    // Correct for a phone clock that differs from the server's: measured once, when this box
    // arrives (a later redraw, after a comfort answer or a hidden tab, must not measure again
    // against the server's time of a page rendered minutes ago).
    if (!("clockOffset" in box.dataset)) {
      box.dataset.clockOffset = String(Number(box.dataset.serverNow) - Date.now());
    }
    const offset = Number(box.dataset.clockOffset);
    let lastChime = 0;

    // A cue is said only when its moment has just come (a reload long after it stays quiet).
    function due(secondsPast) {
      return secondsPast >= 0 && secondsPast < 3;
    }

    function tick() {
      const elapsed = (Date.now() + offset - startedAt) / 1000 - pausedSeconds;
      if (elapsed < readyTotal && handsFree && once(key + "intro")) speak(page, cues.intro);
      const readyLeft = Math.ceil(readyTotal - elapsed);
      if (readyLeft > 0) {
        phase.textContent = readyLeft > readyTotal ? "Next up in " + (readyLeft - readyTotal) :
          "Get ready: " + readyLeft;
        display.textContent = formatSeconds(duration);
        return;
      }
      const pressing = elapsed - readyTotal;
      const remaining = Math.max(0, Math.ceil(duration - pressing));
      display.textContent = formatSeconds(remaining);
      if (remaining > 0) {
        phase.textContent = "Press and keep going.";
        if (due(pressing) && once(key + "start")) {
          startSignal();
          announce(page, region, cues.start);
        }
        if (duration >= 20 && due(pressing - duration / 2) && once(key + "half")) {
          announce(page, region, cues.half);
        }
        if (duration >= 30 && due(pressing - (duration - 10)) && once(key + "ten")) {
          announce(page, region, cues.ten);
        }
        return;
      }
      if (!page.classList.contains("is-done")) markDone(page, box, phase);
      if (once(key + "end")) {
        doneSignal(false);
        lastChime = Date.now();
        announce(page, region, cues.end);
      }
      if (handsFree) {
        advance(page);
      } else if (Date.now() - lastChime > 20000) {
        // Until Next is pressed, a gentle reminder every 20 seconds.
        doneSignal(true);
        lastChime = Date.now();
      }
    }

    tick();
    tickHandle = setInterval(tick, 250);
  }

  // The new primary control (or the heading) after a swap, so keyboard and screen-reader users
  // keep their place.
  function refocus(stage) {
    if (document.activeElement && document.activeElement !== document.body &&
        document.contains(document.activeElement)) return;
    const target = stage.querySelector("[data-primary], [aria-pressed=true]") ||
      stage.querySelector("#step-title, #finish-title, h2");
    if (!target) return;
    if (!target.matches("button, a, input, select, textarea")) target.setAttribute("tabindex", "-1");
    target.focus();
  }

  function showAlert(text) {
    const alert = document.querySelector("[data-session-alert]");
    if (alert) alert.textContent = text;
  }

  ["click", "keydown", "touchend"].forEach(function (type) {
    document.addEventListener(type, unlockSound, true);
  });

  // Hands-free: the Start tap is the gesture that lets the voice speak on phones.
  document.addEventListener("click", function (event) {
    const button = event.target.closest("[data-start-button]");
    const page = button && button.closest("[data-session-running]");
    if (!page || !page.hasAttribute("data-hands-free")) return;
    const box = page.querySelector("[data-timer]");
    if (once(page.dataset.session + ":" + box.dataset.position + ":intro")) {
      speak(page, cuesOf(page).intro);
    }
  });

  // Space starts, pauses or resumes; N goes to the next side (not while typing or on a control,
  // which keeps its own keys).
  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.target.closest("input, textarea, select, button, a, summary")) return;
    const page = document.querySelector("[data-session-running]");
    if (!page) return;
    let button = null;
    if (event.key === " ") button = page.querySelector("[data-toggle-button]");
    if (event.key === "n" || event.key === "N") button = page.querySelector("[data-next-button]");
    if (!button) return;
    event.preventDefault();
    button.focus();
    button.click();
  });

  function redraw() {
    const stage = document.getElementById("session-stage");
    if (stage) setUp(stage);
  }

  // A hidden page loses its wake lock and may have missed ticks: redraw from the clock.
  document.addEventListener("visibilitychange", function () {
    if (document.visibilityState === "visible") redraw();
  });

  // A swap of the stage or of the timer part inside it: start again from the new facts.
  document.addEventListener("htmx:load", function (event) {
    const stage = document.getElementById("session-stage");
    if (stage && (stage.contains(event.target) || event.target.contains(stage))) setUp(stage);
  });

  // A comfort answer keeps focus on the answer chosen; any other swap, on the main button.
  let postedFrom = null;
  document.addEventListener("htmx:beforeRequest", function (event) {
    postedFrom = event.detail.elt && event.detail.elt.id;
  });
  document.addEventListener("htmx:afterSettle", function () {
    const stage = document.getElementById("session-stage");
    const comfort = postedFrom === "step-comfort" && document.getElementById("step-comfort");
    const toggle = postedFrom === "hands-free-form" && document.querySelector("[data-hands-free-toggle]");
    if (toggle) toggle.focus();
    else if (comfort) refocus(comfort.querySelector("[aria-pressed=true]") ? comfort : stage);
    else if (stage) refocus(stage);
  });

  // A post that was saved: any earlier failure message goes.
  document.addEventListener("htmx:afterRequest", function (event) {
    if (event.detail.successful) {
      showAlert("");
      advancing = null;
      if (retryHandle) clearTimeout(retryHandle);
    }
  });

  function failed(text) {
    showAlert(text);
    if (advancing === null) return;
    // Hands-free keeps trying while this step is still the one shown.
    const position = advancing;
    advancing = null;
    retryHandle = setTimeout(function () {
      const page = document.querySelector("[data-session-running]");
      const box = page && page.querySelector("[data-timer]");
      if (box && box.dataset.position === position) advance(page);
    }, 5000);
  }

  document.addEventListener("htmx:sendError", function () {
    failed("Not saved: check your connection, then try again.");
  });
  document.addEventListener("htmx:responseError", function (event) {
    const status = event.detail.xhr ? event.detail.xhr.status : 0;
    failed(status >= 500 ? "Not saved: something went wrong on our side. Try again in a moment." :
      "Not saved: reload the page, then try again.");
  });

  document.addEventListener("DOMContentLoaded", redraw);
})();
