// The editors' preview (`mkdocs serve`) only: reload the page when a newer build is shown.
// MkDocs' own reload script is written inline into the page, which the page's
// Content-Security-Policy refuses to run, so this file (allowed as 'self') asks MkDocs'
// server the same question: /livereload/EPOCH/ID answers once a build newer than EPOCH is shown.
(function () {
  var id = Date.now();
  function poll(epoch) {
    var request = new XMLHttpRequest();
    request.onloadend = function () {
      var shown = parseInt(request.responseText, 10);
      if (request.status !== 200 || isNaN(shown)) {
        setTimeout(function () { poll(epoch); }, 3000); // the server is restarting
      } else if (epoch !== null && shown > epoch) {
        location.reload();
      } else {
        poll(shown);
      }
    };
    request.open("GET", "/livereload/" + (epoch === null ? 0 : epoch) + "/" + id);
    request.send();
  }
  poll(null);
})();
