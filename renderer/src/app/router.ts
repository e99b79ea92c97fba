// Memory history: the browser's back gesture can never bring back a previous visitor's screen.
import { createMemoryHistory, createRouter, type RouteRecordRaw } from 'vue-router';
import WelcomeView from '../features/welcome/WelcomeView.vue';

export const routes: RouteRecordRaw[] = [{ path: '/', name: 'welcome', component: WelcomeView }];

export function createKioskRouter() {
  return createRouter({ history: createMemoryHistory(), routes });
}
