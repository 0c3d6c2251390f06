// Shows a progress indicator while a long form submission (an import) is on its way.
for (const form of document.querySelectorAll("form[data-busy-form]")) {
  form.addEventListener("submit", () => form.classList.add("is-busy"));
}
