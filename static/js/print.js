// The report's "Print or save as PDF" link opens the browser's print dialog.
document.addEventListener("click", function (event) {
  if (!event.target.closest("[data-print]")) return;
  event.preventDefault();
  window.print();
});
