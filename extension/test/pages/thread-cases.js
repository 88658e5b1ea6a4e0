// The conversations the reply tests open, chosen by ?case= in the page address. Times are relative
// to ?now= (milliseconds; when the page loads without it), so a request "sent an hour ago" by the
// test is older than the reply, and a message keeps its date when the page is opened again, as in
// a real mailbox.
//   absent: the rejection and the user's request, nothing newer
//   reply:  ... and an answer from the recipient five minutes ago
//   other:  ... and a newer message from someone outside the company
//   ooo:    a conversation of its own: the recipient's out-of-office answer, "Automatic reply: …"
//   bounce: a conversation of its own: a delivery failure from the mailer daemon
window.TestThread = (() => {
  const MINUTE = 60_000;
  const params = new URLSearchParams(location.search);
  const name = params.get('case') ?? 'reply';
  const now = Number(params.get('now')) || Date.now();
  const at = (minutesAgo) => new Date(now - minutesAgo * MINUTE);

  function conversation({ company, recruiter, me, subject }) {
    const rejection = { from: recruiter, date: at(26 * 60), id: 'm1' };
    const mine = { from: me, date: at(60), id: 'm2' };
    const cases = {
      absent: { subject: `Re: ${subject}`, messages: [rejection, mine] },
      reply: { subject: `Re: ${subject}`, messages: [rejection, mine, { from: recruiter, date: at(5), id: 'm3' }] },
      other: { subject: `Re: ${subject}`, messages: [rejection, mine, { from: { name: 'Alex Friend', address: 'alex@elsewhere.example' }, date: at(5), id: 'm4' }] },
      ooo: { subject: `Automatic reply: Re: ${subject}`, messages: [{ from: recruiter, date: at(59), id: 'm5' }], threadSuffix: 'ooo' },
      bounce: { subject: `Undeliverable: Re: ${subject}`, messages: [{ from: { name: 'Mail Delivery System', address: `mailer-daemon@${recruiter.address.split('@')[1]}` }, date: at(59), id: 'm6' }], threadSuffix: 'bounce' },
    };
    if (!cases[name]) throw new Error(`Unknown case ${name}`);
    return { company, name, ...cases[name] };
  }

  const pad = (n) => String(n).padStart(2, '0');
  const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
  const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const twelveHour = (d) => `${d.getHours() % 12 || 12}:${pad(d.getMinutes())} ${d.getHours() < 12 ? 'AM' : 'PM'}`;
  // Each webmail's own way of printing a date (what the user's browser shows, in local time).
  const formats = {
    gmail: (d) => `${WEEKDAYS[d.getDay()]}, ${d.getDate()} ${MONTHS[d.getMonth()]} ${d.getFullYear()}, ${pad(d.getHours())}:${pad(d.getMinutes())}`,
    outlook: (d) => `${WEEKDAYS[d.getDay()]} ${d.getMonth() + 1}/${d.getDate()}/${d.getFullYear()} ${twelveHour(d)}`,
    yahoo: (d) => `${WEEKDAYS[d.getDay()]}, ${MONTHS[d.getMonth()]} ${d.getDate()}, ${d.getFullYear()} at ${twelveHour(d)}`,
    roundcube: (d) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`,
  };

  // Builds elements from a compact description; text is always text.
  function el(tag, attributes = {}, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, value);
    node.append(...children.flat());
    return node;
  }

  return { conversation, formats, el, caseName: name };
})();
