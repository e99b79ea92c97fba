import type { RouteRecordRaw } from 'vue-router';

// « Accessibilité » (« Comment je fais pour me connecter … sur mon mobile ? »'s header shows the link): reached from
// the header and from « Besoin d'aide ? ».
export const accessibilityRoutes: RouteRecordRaw[] = [
  { path: '/accessibilite', name: 'accessibility', component: () => import('./AccessibilityView.vue') },
];
