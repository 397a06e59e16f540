export { TimeBarArea, TimeBarButton } from './TimeBarControl';
