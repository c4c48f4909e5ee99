// Preselect the phone's own time zone in the reminder form; without this the user picks it.
document.addEventListener("DOMContentLoaded", function () {
  const select = document.querySelector("select[data-browser-zone]");
  if (!select || select.dataset.chosen === "true") return;
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (zone && Array.from(select.options).some((option) => option.value === zone)) {
    select.value = zone;
  }
});
