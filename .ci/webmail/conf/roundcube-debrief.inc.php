<?php
// Debrief CI webmail: installed as /etc/roundcube/debrief-webmail.inc.php by
// .ci/webmail/setup.sh and included at the end of /etc/roundcube/config.inc.php,
// so it overrides the Debian-generated values. Test-only, loopback-only.
$config['imap_host'] = '127.0.0.1:143';
$config['smtp_host'] = '127.0.0.1:25';
// Postfix accepts mail from 127.0.0.0/8 without SMTP AUTH (mynetworks).
$config['smtp_user'] = '';
$config['smtp_pass'] = '';
// login "seeker" => identity seeker@example.test
$config['mail_domain'] = 'example.test';
$config['username_domain'] = '';
$config['auto_create_user'] = true;
$config['support_url'] = '';
$config['product_name'] = 'Debrief Test Webmail';
$config['plugins'] = [];
$config['skin'] = 'elastic';
$config['language'] = 'en_US';
$config['enable_spellcheck'] = false;
$config['enable_installer'] = false;
$config['create_default_folders'] = true;
// long-lived sessions for slow browser tests (minutes)
$config['session_lifetime'] = 240;
$config['log_driver'] = 'file';
// no per-user lockout after failed logins (default: 3 failures/minute locks the account)
$config['login_rate_limit'] = 0;
// 'htmleditor' is intentionally left at its default (0 = plain text by default);
// the compose screen keeps the HTML/plain toggle so tests can switch to TinyMCE.
