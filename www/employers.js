// "Voor werkgevers en HR" (werkgevers.html / employers.html): the page is
// complete without this script. It puts the keuzehulp's own address into the
// message for IT (the build does not know where the site will live) and adds
// a copy button. The directives themselves come from src/embed_setup.rs.

const PLACEHOLDER = 'https://ADRES-VAN-DE-KEUZEHULP';
const message = /** @type {HTMLTextAreaElement | null} */ (document.getElementById('kh-hr-message'));
const mail = /** @type {HTMLAnchorElement | null} */ (document.getElementById('kh-hr-mail'));
const statusLine = document.getElementById('kh-hr-status');
const nl = document.documentElement.lang !== 'en';

/** The message with this site's address: its folder for the builder, its origin in the directives. */
function withSite(text, base) {
  const origin = new URL(base).origin;
  return text.split(`${PLACEHOLDER}/embed-builder.html`).join(`${base}embed-builder.html`).split(PLACEHOLDER).join(origin);
}

if (message && mail && /^https?:$/.test(location.protocol)) {
  const base = new URL('./', location.href).href;
  message.value = withSite(message.value, base);
  const body = encodeURIComponent(message.value);
  mail.href = `mailto:?subject=${encodeURIComponent(mail.dataset.subject)}&body=${body}`;
  const copy = document.createElement('button');
  copy.type = 'button';
  copy.className = 'kh-button';
  copy.id = 'kh-hr-copy';
  copy.textContent = nl ? 'Kopieer het bericht' : 'Copy the message';
  mail.before(copy, ' ');
  copy.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(message.value);
      statusLine.textContent = nl ? 'Het bericht is gekopieerd. Plak het in een e-mail aan IT.' : 'The message has been copied. Paste it into an email to IT.';
    } catch {
      message.focus();
      message.select();
      statusLine.textContent = nl ? 'Kopiëren lukte niet. Het bericht is geselecteerd: kopieer het met Ctrl+C (of Cmd+C).' : 'Copying did not work. The message is selected: copy it with Ctrl+C (or Cmd+C).';
    }
  });
}
