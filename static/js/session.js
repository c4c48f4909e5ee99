// Guided-session timer. The server stores when a step started and how long it was paused;
// this script only redraws the countdown from those facts, so throttled background tabs,
// reloads and second tabs all show the same time.
(function () {
  "use strict";

  let tickHandle = null;
  let audio = null;
  let wakeLock = null;
  // Announcements already made, keyed by the step's start time, so a redraw never repeats one.
  const said = new Set();

  function formatSeconds(total) {
    const minutes = Math.floor(total / 60);
    const seconds = total % 60;
    return minutes + ":" + String(seconds).padStart(2, "0");
  }

  function spokenTime(total) {
    const minutes = Math.floor(total / 60);
    const seconds = total % 60;
    const parts = [];
    if (minutes) parts.push(minutes + (minutes === 1 ? " minute" : " minutes"));
    if (seconds) parts.push(seconds + " seconds");
    return parts.join(" ") || "0 seconds";
  }

  function beep() {
    if (!audio) return;
    const oscillator = audio.createOscillator();
    const gain = audio.createGain();
    oscillator.frequency.value = 660;
    gain.gain.setValueAtTime(0.25, audio.currentTime);
    gain.gain.exponentialRampToValueAtTime(0.001, audio.currentTime + 0.8);
    oscillator.connect(gain).connect(audio.destination);
    oscillator.start();
    oscillator.stop(audio.currentTime + 0.8);
  }

  async function keepAwake() {
    if (!("wakeLock" in navigator) || document.visibilityState !== "visible") return;
    if (wakeLock && !wakeLock.released) return;
    try {
      wakeLock = await navigator.wakeLock.request("screen");
    } catch (error) {
      wakeLock = null; // Not allowed here (e.g. plain HTTP or battery saver): the timer still works.
    }
  }

  function setUp(root) {
    const box = root.querySelector("[data-timer]");
    if (tickHandle) {
      clearInterval(tickHandle);
      tickHandle = null;
    }
    if (!box) return;
    keepAwake();
    const state = box.dataset.state;
    if (state !== "running") return;

    const display = box.querySelector("[data-timer-display]");
    const phase = box.querySelector("[data-timer-phase]");
    const announce = box.querySelector("[data-timer-announce]");
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

    function say(key, text) {
      const id = startedAt + ":" + key;
      if (said.has(id)) return false;
      said.add(id);
      announce.textContent = text;
      return true;
    }

    function tick() {
      const elapsed = (Date.now() + offset - startedAt) / 1000 - pausedSeconds;
      const readyLeft = Math.ceil(readyTotal - elapsed);
      if (readyLeft > 0) {
        phase.textContent = "Get ready: " + readyLeft;
        display.textContent = formatSeconds(duration);
        return;
      }
      const pressing = elapsed - readyTotal;
      const remaining = Math.max(0, Math.ceil(duration - pressing));
      display.textContent = formatSeconds(remaining);
      if (remaining > 0) {
        phase.textContent = "Press and keep going.";
        if (say("start", "Start pressing: " + spokenTime(duration) + " on this side.")) beep();
        if (duration >= 20 && remaining <= Math.floor(duration / 2)) {
          say("half", "Halfway. " + spokenTime(remaining) + " left.");
        }
        return;
      }
      phase.textContent = "Time is up on this side. Stay longer if it helps, then press Next.";
      box.classList.add("timer-done");
      if (say("end", "Step complete. Press Next when you are ready.")) {
        beep();
        if (navigator.vibrate) navigator.vibrate([200, 100, 200]);
      }
    }

    tick();
    tickHandle = setInterval(tick, 250);
  }

  // Sound may only start from a user gesture: unlock it on the Start press.
  document.addEventListener("click", function (event) {
    if (!event.target.closest("[data-start-button]")) return;
    const Context = window.AudioContext || window.webkitAudioContext;
    if (!Context) return;
    audio = audio || new Context();
    if (audio.state === "suspended") audio.resume();
  });

  // A hidden page loses its wake lock and may have missed ticks: redraw from the clock.
  document.addEventListener("visibilitychange", function () {
    if (document.visibilityState === "visible") {
      const stage = document.getElementById("session-stage");
      if (stage) setUp(stage);
    }
  });

  // A swap of the stage or of the timer part inside it: start again from the new facts.
  document.addEventListener("htmx:load", function (event) {
    const stage = document.getElementById("session-stage");
    if (stage && (stage.contains(event.target) || event.target.contains(stage))) setUp(stage);
  });

  document.addEventListener("DOMContentLoaded", function () {
    const stage = document.getElementById("session-stage");
    if (stage) setUp(stage);
  });
})();
