// Registers the two elements the page uses (the hub loads the rest as each tab and screen first shows),
// then mounts the app. Definitions come first, so Vue finds the elements' properties when it sets them.
import '@rights-kit/elements/define/provider';
import '@rights-kit/elements/define/hub';
// The elements' properties and events in Vue's templates, generated from their manifest and shipped with them.
import type {} from '@rights-kit/elements/vue';
import { createApp } from 'vue';
// The same bank's app as the React host, written in Vue: its look and its texts.
import '../../react-host/src/app.css';
import App from './App.vue';

createApp(App).mount('#app');
