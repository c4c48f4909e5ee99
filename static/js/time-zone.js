// Tell the server this device's time zone: fills the hidden time_zone field of the login and
// sign-up forms, so history, reports and downloads show the user's own times.
document.addEventListener("DOMContentLoaded", function () {
  let zone = "";
  try {
    zone = Intl.DateTimeFormat().resolvedOptions().timeZone || "";
  } catch (error) {
    return; // no Intl: the server keeps the zone it has
  }
  document.querySelectorAll("input[data-browser-zone]").forEach(function (input) {
    input.value = zone;
  });
});
