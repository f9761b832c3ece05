import { defineCarrier } from './define-carrier';

export default defineCarrier({
  id: 'tim',
  name: 'TIM',
  country: 'IT',
  timeZone: 'Europe/Rome',
  renewalUrl: 'https://www.tim.it/ricarica',
  matches: ['https://www.tim.it/*', 'https://*.tim.it/*'],
  // Not yet checked against the live site (no internet on our build machines).
  verified: false,
});
