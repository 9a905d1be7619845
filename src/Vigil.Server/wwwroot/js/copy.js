// Buttons with data-copy="ELEMENT-ID" copy that element's text (inline handlers are not allowed by the CSP).
document.querySelectorAll('[data-copy]').forEach(button => button.addEventListener('click', () => {
    const source = document.getElementById(button.dataset.copy);
    navigator.clipboard.writeText(source.value ?? source.textContent);
}));
