// Progressive enhancement for timed quizzes: a live clock, announcements only at thresholds, a way
// to hide the clock, and an automatic draft save so the late rule grades what was last answered.
// Without this script the quiz works the same; the server enforces the time either way.
(function () {
  "use strict";
  var timer = document.querySelector(".quiz-timer");
  if (!timer) { return; }
  var form = document.querySelector("form.quiz-form");
  var clock = timer.querySelector(".timer-clock");
  var announce = timer.querySelector(".timer-announce");
  var toggle = timer.querySelector(".timer-toggle");
  var endsAt = Date.now() + parseInt(timer.dataset.seconds, 10) * 1000;
  var announced = {};

  function say(key) {
    if (!announced[key]) { announced[key] = true; announce.textContent = announce.dataset[key]; }
  }

  function tick() {
    var left = Math.max(0, Math.round((endsAt - Date.now()) / 1000));
    var minutes = Math.floor(left / 60), seconds = left % 60;
    clock.textContent = minutes + ":" + (seconds < 10 ? "0" : "") + seconds;
    if (left <= 300) { say("five"); }
    if (left <= 60) { say("one"); }
    if (left === 0) { say("over"); return; }
    window.setTimeout(tick, 1000);
  }

  toggle.hidden = false;
  toggle.addEventListener("click", function () {
    var shown = toggle.getAttribute("aria-expanded") === "true";
    toggle.setAttribute("aria-expanded", shown ? "false" : "true");
    toggle.textContent = shown ? toggle.dataset.show : toggle.dataset.hide;
    timer.querySelector(".timer-text").hidden = shown;
  });

  if (form) {
    var pending;
    form.addEventListener("change", function () {
      window.clearTimeout(pending);
      pending = window.setTimeout(function () {
        var data = new FormData(form);
        fetch(window.location.pathname + "?handler=Save", { method: "POST", body: data, credentials: "same-origin", redirect: "manual" });
      }, 1500);
    });
  }

  tick();
})();
