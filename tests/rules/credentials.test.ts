import rule from '../../rules/credentials.ts';
import { runRuleCases } from '../helpers/rule-tester.ts';

runRuleCases(rule, {
  valid: [
    { name: 'advice to reset a password', text: 'Reset your password at the office.' },
    { name: 'help for a forgotten password', text: 'Forgot your password? Contact IT.' },
    { name: 'advice that passwords be strong', text: 'Passwords should be strong.' },
    { name: 'the procedure itself', text: 'Strong passwords shall be used.' },
    { name: 'a password that is required, not given', text: 'Your password is required.' },
    { name: 'a label with advice after the colon', text: 'Password: use at least 8 characters.' },
    { name: 'where to log in, no secret', text: 'Log in to PowerSchool with your username and password.' },
    { name: 'login details promised for later', text: 'Login details will be sent home.' },
    { name: 'a password rule', text: 'The password is case-sensitive.' },
    { name: 'where the Wi-Fi password can be found', text: 'The Wi-Fi password is posted in the staff room.' },
    { name: 'code of conduct', text: 'Please read our code of conduct.' },
    { name: 'dress code', text: 'Dress code: wear green on Friday!' },
    { name: 'postal code', text: 'What is your postal code?' },
    { name: 'promo code (a promotion matter, not a credential)', text: 'Use promo code SAVE20 at the book fair.' },
    { name: 'QR code', text: 'Scan the QR code to RSVP.' },
    { name: 'a lapel pin', text: 'Wear your pin on Remembrance Day, 11 a.m.' },
    { name: 'a combination of skills', text: 'Robotics takes a combination of 3 skills.' },
    { name: 'a sign-in sheet', text: 'Sign in at the front office.' },
  ],
  invalid: [
    { name: 'a password after a colon', text: 'password: Tigers2026!', spans: ['password: Tigers2026!'], message: /Never post credentials/ },
    { name: 'the Wi-Fi password', text: 'The Wi-Fi password is Bluebird.', spans: ['Wi-Fi password is Bluebird'] },
    { name: 'a login and a password', text: 'login: jsmith / pw Tigers99', count: 2, spans: ['login: jsmith', 'pw Tigers99'] },
    { name: 'a username and password together', text: 'Class blog username and password: grade4 / Tigers2026!', count: 1, spans: ['username and password: grade4 / Tigers2026!'] },
    { name: 'a door code', text: 'The door code is 4821.', spans: ['door code is 4821'] },
    { name: 'an access code without a verb', text: 'Gym access code 1234# for volunteers', spans: ['access code 1234#'] },
    { name: 'a PIN', text: 'Library PIN: 4321', spans: ['PIN: 4321'] },
    { name: 'a locker combination', text: 'Locker combination is 12-34-56', spans: ['Locker combination is 12-34-56'] },
    { name: 'the code for a door', text: 'The code for the side door is 5150.', spans: ['code for the side door is 5150'] },
    { name: 'a quoted passphrase', text: 'Password = "open sesame"', spans: ['Password = "open sesame"'] },
    { name: 'a password that was changed', text: 'The staff Wi-Fi password has been changed to Falcon$22.', spans: ['Wi-Fi password has been changed to Falcon$22'] },
    { name: 'a custom keyword label from settings', text: 'The secret word is banana.', options: { keywords: ['secret word'] }, spans: ['secret word is banana'] },
  ],
});
