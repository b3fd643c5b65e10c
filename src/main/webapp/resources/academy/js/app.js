/* Grassroots Academy: the few behaviours PrimeFaces does not provide. Loaded as a file (CSP: no inline script). */
document.addEventListener('DOMContentLoaded', function () {
    var toggle = document.getElementById('menu-toggle');
    if (toggle) {
        toggle.addEventListener('click', function () {
            var open = document.body.classList.toggle('menu-open');
            toggle.setAttribute('aria-expanded', open ? 'true' : 'false');
        });
    }
});

// CSV uploads (.csv-upload): refuse a file over the server's limit before sending it.
// Listens in the capture phase so PrimeFaces' uploader never sees the file; the server checks again.
document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('.csv-upload[data-max-bytes]').forEach(function (box) {
        var max = Number(box.getAttribute('data-max-bytes'));
        var note = box.querySelector('.upload-refused');
        function refuse(event, files, input) {
            var tooLarge = false;
            for (var i = 0; files && i < files.length; i++) {
                tooLarge = tooLarge || files[i].size > max;
            }
            if (!tooLarge) {
                note.hidden = true;
                return;
            }
            event.stopPropagation();
            event.preventDefault();
            if (input) {
                input.value = '';
            }
            note.textContent = box.getAttribute('data-too-large');
            note.hidden = false;
        }
        box.addEventListener('change', function (e) {
            if (e.target.type === 'file') {
                refuse(e, e.target.files, e.target);
            }
        }, true);
        box.addEventListener('drop', function (e) {
            refuse(e, e.dataTransfer && e.dataTransfer.files, null);
        }, true);
    });
});

// Certificates: "copy verification link" buttons ([data-copy]); the link is also shown as text to copy by hand.
document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('button[data-copy]').forEach(function (button) {
        button.addEventListener('click', function () {
            var text = button.getAttribute('data-copy');
            var label = button.querySelector('.ui-button-text');
            function done() {
                if (label) {
                    label.textContent = button.getAttribute('data-copied');
                }
            }
            if (navigator.clipboard && navigator.clipboard.writeText) {
                navigator.clipboard.writeText(text).then(done, function () { window.prompt('', text); });
            } else {
                window.prompt('', text);
            }
        });
    });
});
