import type { RouteRecordRaw } from 'vue-router';

// « Accessibilité » (seed 004's header shows the link): reached from the header and from « Besoin d'aide ? ».
export const accessibilityRoutes: RouteRecordRaw[] = [
  { path: '/accessibilite', name: 'accessibility', component: () => import('./AccessibilityView.vue') },
];
