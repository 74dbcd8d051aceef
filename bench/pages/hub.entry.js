// The hub as a bank embeds it: the provider and the hub, nothing else eager.
import '@rights-kit/elements/define/provider';
import '@rights-kit/elements/define/hub';
import { signInDemoMember } from './session.js';

const provider = document.querySelector('rights-provider');
// `?locale=en` for the measurements that find buttons by their English names; set before the first render.
const locale = new URLSearchParams(location.search).get('locale');
if (provider && locale) provider.setAttribute('locale', locale);
signInDemoMember(provider);
