// Protocol steps in the admin: move a step up or down (swapping order numbers with its
// neighbour) and show each duration as m:ss while it is typed. Without this script the order
// field is edited by hand and the m:ss is shown after saving.
(function () {
  "use strict";

  function group() {
    return document.getElementById("steps-group");
  }

  function rows() {
    return Array.from(group().querySelectorAll(".inline-related:not(.empty-form)")).filter(
      (row) => row.querySelector('input[name$="-order"]')
    );
  }

  function orderInput(row) {
    return row.querySelector('input[name$="-order"]');
  }

  function move(row, direction) {
    const all = rows();
    const index = all.indexOf(row);
    const other = all[index + direction];
    if (!other) return;
    const mine = orderInput(row);
    const theirs = orderInput(other);
    [mine.value, theirs.value] = [theirs.value, mine.value];
    if (direction < 0) other.before(row);
    else other.after(row);
    mine.focus();
  }

  function formatSeconds(value) {
    const seconds = Number(value);
    if (!Number.isInteger(seconds) || seconds < 0) return "";
    return Math.floor(seconds / 60) + ":" + String(seconds % 60).padStart(2, "0");
  }

  function enhance(row) {
    const order = orderInput(row);
    if (!order || order.dataset.enhanced) return;
    order.dataset.enhanced = "1";
    // Each button goes right after the input, so add them last-first.
    for (const [label, direction] of [["↓ Move down", 1], ["↑ Move up", -1]]) {
      const button = document.createElement("button");
      button.type = "button";
      button.className = "button step-move";
      button.textContent = label;
      button.addEventListener("click", () => move(row, direction));
      order.after(button);
    }
    const duration = row.querySelector('input[name$="-duration_seconds"]');
    if (duration) {
      const preview = document.createElement("span");
      preview.className = "help step-duration-preview";
      preview.setAttribute("aria-live", "polite");
      const update = () => {
        const shown = formatSeconds(duration.value);
        preview.textContent = shown ? " = " + shown : "";
      };
      duration.after(preview);
      duration.addEventListener("input", update);
      update();
    }
  }

  function enhanceAll() {
    if (group()) rows().forEach(enhance);
  }

  document.addEventListener("DOMContentLoaded", enhanceAll);
  document.addEventListener("formset:added", (event) => {
    const row = event.target.closest(".inline-related") || event.target;
    const all = rows();
    const highest = Math.max(0, ...all.filter((r) => r !== row).map((r) => Number(orderInput(r).value) || 0));
    const order = orderInput(row);
    if (order && !order.value) order.value = highest + 1;
    enhance(row);
  });
})();
