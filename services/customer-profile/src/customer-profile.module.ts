import { Module } from '@nestjs/common';
import { CustomerController } from './api/customer.controller';
import { CustomerQueries } from './application/customer.queries';
import { CustomerRepository } from './application/customer.repository';
import { RegisterCustomerUseCase } from './application/register-customer/register-customer.use-case';
import { CustomerTypeOrmRepository } from './infrastructure/customer.typeorm-repository';
import { PrivacyModule } from './privacy.module';
import { SegmentationModule } from './segmentation.module';

@Module({
  imports: [SegmentationModule, PrivacyModule],
  controllers: [CustomerController],
  providers: [
    RegisterCustomerUseCase,
    CustomerQueries,
    { provide: CustomerRepository, useClass: CustomerTypeOrmRepository },
  ],
})
export class CustomerProfileModule {}
