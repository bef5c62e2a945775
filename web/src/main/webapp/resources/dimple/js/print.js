/* A button marked data-print prints the page. A listener in a file, because the Content-Security-Policy
   refuses inline handlers such as onclick (docs/adr/0016). */
document.addEventListener('click', function (event) {
    if (event.target instanceof Element && event.target.closest('[data-print]')) {
        window.print();
    }
});
